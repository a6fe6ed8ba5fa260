# O que o gerador de PDF avisa enquanto desenha um relatório (de uma avaliação ou de uma coorte),
# mostrado no terminal depois de "aviso: ARQUIVO:".

pdf-missing-character = o caractere { $character } (U+{ $code }) não está na fonte do relatório; é mostrado como { $replacement }
pdf-writer-problem = gerador de PDF: { $message }
